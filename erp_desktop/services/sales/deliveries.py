"""Deliveries (DN, 销售出库), returns (SR, 销售退货) and exchanges (SX, 换货) — 业财一体.

Posting a delivery writes, in ONE transaction: the stock moves bin → customer (cost at the
moving average, through ``stock_ledger.post_moves``), the customer's receivable (gross, due by
the customer's payment terms) and a balanced journal entry:
    Dr 1122 应收账款 gross (party: customer) / Cr 5001 主营业务收入 net / Cr 22210102 销项税额 tax
    (one credit line per tax rate); Dr 5401 主营业务成本 / Cr 1405 库存商品 at the move values.
A return is the mirror image against one delivery: stock back at the original cost (the
delivery move's value pro rata; the whole remainder when the rest of the line comes back), a
negative receivable (a credit) and the reversed entry. An exchange posts a return and a
delivery together and links them.

The last delivery of an order line that was delivered in parts takes the line's remaining
net and tax, so the deliveries of a fully delivered line add up to the order line exactly.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from erp_desktop.errors import InvalidTransition, NotFound, ValidationError
from erp_desktop.i18n import tr
from erp_desktop.models.base import uuid7
from erp_desktop.models.parties import Customer
from erp_desktop.models.sales import (
    SalesDelivery,
    SalesDeliveryLine,
    SalesExchange,
    SalesOrder,
    SalesOrderLine,
    SalesReturn,
    SalesReturnLine,
)
from erp_desktop.models.stock import StockBalance
from erp_desktop.models.warehouse import BinStatus, Location, LocationKind, VirtualLocation
from erp_desktop.money import ZERO, money
from erp_desktop.services.ledger.bundles import (
    bundle_components,
    component_lots,
    components_back,
    issue_specs,
    per_line,
)
from erp_desktop.services.ledger.journal import Accounts, Posting, ensure_period_open, raise_open_item
from erp_desktop.services.ledger.lots import LotInput, named_parts, returning_parts
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.masterdata.units import EnteredQty, carried_unit, entered_qty, repriced
from erp_desktop.services.sales.common import (
    CustomerRef,
    DeliverableLine,
    DeliverableOrder,
    DocRef,
    LineInput,
    check_qty,
    deliverable_order,
    get_customer,
    get_order,
    price_line,
)
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.fastsql import Prepared, PreparedIn
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.rows import insert_rows, update_rows
from erp_desktop.storage.uow import UnitOfWork


@dataclass(frozen=True)
class DeliveryLineInput:
    order_line_id: uuid.UUID
    qty: Decimal  # in ``unit``; "" = the base unit
    location_id: uuid.UUID | None = None  # None: a bin of the chosen warehouse holding the stock
    lots: tuple[LotInput, ...] = ()  # lots chosen / serials scanned (default for lots: first expiry first out)
    unit: str = ""  # 多单位: the unit ``qty`` is in
    # a bundle (套装): per component, its lots chosen / serials scanned (lots default to FEFO)
    component_lots: tuple[tuple[uuid.UUID, tuple[LotInput, ...]], ...] = ()


@dataclass(frozen=True)
class ReturnLineInput:
    delivery_line_id: uuid.UUID
    qty: Decimal  # in ``unit``; "" = the base unit
    location_id: uuid.UUID | None = None  # None: the bin it was delivered from
    lots: tuple[LotInput, ...] = ()  # the serials (lots) coming back; default: those delivered on the line
    unit: str = ""  # 多单位: the unit ``qty`` is in
    # a bundle (套装): per component, the serials (lots) coming back; default: those it took out
    component_lots: tuple[tuple[uuid.UUID, tuple[LotInput, ...]], ...] = ()


@dataclass(frozen=True)
class ExchangeOutInput:
    product_id: uuid.UUID
    qty: Decimal
    unit_price: Decimal | None = None  # None: the returned line's price for the same product, else the list price
    discount: Decimal | None = None
    location_id: uuid.UUID | None = None
    unit: str = ""  # 多单位: the unit ``qty`` and ``unit_price`` are in


@dataclass(frozen=True)
class ExchangeRef:
    id: uuid.UUID
    number: str
    sales_return: DocRef
    delivery: DocRef
    difference: Decimal


@dataclass(frozen=True)
class PostedDelivery:
    """A delivery as ``post_delivery`` wrote it (a value; load ``SalesDelivery`` by ``id``)."""

    id: uuid.UUID
    number: str
    gross_total: Decimal
    cost_total: Decimal


@dataclass
class _Out:
    order_line: SalesOrderLine | DeliverableLine | None
    product_id: uuid.UUID
    location_id: uuid.UUID
    qty: Decimal
    unit_price: Decimal
    discount: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    lots: tuple[LotInput, ...] = ()
    entered: EnteredQty | None = None  # the unit the line shows (None: the base unit)
    component_lots: tuple[tuple[uuid.UUID, tuple[LotInput, ...]], ...] = ()  # a bundle's


# --- deliveries ---------------------------------------------------------------------------
def deliver_order(
    uow: UnitOfWork,
    order_id: uuid.UUID,
    *,
    lines: Sequence[DeliveryLineInput] | None = None,
    on: date | None = None,
    warehouse_id: uuid.UUID | None = None,
    location_id: uuid.UUID | None = None,
    expected_version: int | None = None,
    acknowledged: frozenset[str] = frozenset(),
    notes: str = "",
) -> DocRef:
    """Post a delivery of ``lines`` (default: everything still open) from the order.
    Raises InvalidTransition (order not open), ValidationError (more than still ordered, bad
    quantity), InsufficientStock (warehouse forbids negative stock), ConfirmationRequired
    ('negative-stock' under "warn"), PeriodClosed, ConcurrencyError. Nothing is written on error."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        order = deliverable_order(tx, order_id)
        order.check_version(expected_version)
        order.ensure_deliverable()
        by_id = {line.id: line for line in order.lines}
        if lines is None:
            lines = [
                DeliveryLineInput(line.id, line.remaining, location_id) for line in order.lines if line.remaining > ZERO
            ]
        if not lines:
            raise ValidationError(tr("Nothing left to deliver on order {number}.", number=order.number), field="lines")
        outs: list[_Out] = []
        delivered: list[DeliverableLine] = []  # the order line of each of ``outs``
        asked: dict[uuid.UUID, Decimal] = {}
        to_pick = [
            by_id[entered.order_line_id].product_id
            for entered in lines
            if not (entered.location_id or location_id) and entered.order_line_id in by_id
        ]
        picker = _BinPicker(tx, to_pick, warehouse_id) if to_pick else None
        for entered in lines:
            line = by_id.get(entered.order_line_id)
            if line is None:
                raise ValidationError(tr("That line is not on order {number}.", number=order.number), field="lines")
            quantity = check_qty(entered.qty)
            if entered.unit:
                shown = entered_qty(tx, line.product_id, quantity, entered.unit, line=len(outs) + 1)
                quantity, price = shown.qty, repriced(line.unit_price, line.unit_factor, shown.factor)
            else:
                shown, price = carried_unit(quantity, line.unit, line.unit_factor, line.unit_price)
            asked[line.id] = asked.get(line.id, ZERO) + quantity
            if asked[line.id] > line.remaining:
                raise ValidationError(
                    tr(
                        "Delivering {qty} of {code} exceeds the {remaining} still open on order {number}.",
                        qty=asked[line.id],
                        code=_code(tx, line.product_id),
                        remaining=line.remaining,
                        number=order.number,
                    ),
                    field="qty",
                )
            where = entered.location_id or location_id
            if where is None:
                assert picker is not None  # made above for every line that names no bin
                where = picker.pick(line.product_id)
            net, tax = _delivery_amounts(tx, line, quantity)
            delivered.append(line)
            outs.append(
                _Out(
                    line,
                    line.product_id,
                    where,
                    quantity,
                    price,
                    line.discount,
                    line.tax_rate,
                    net,
                    tax,
                    tuple(entered.lots),
                    shown,
                    tuple(entered.component_lots),
                )
            )
        customer = order.customer()
        delivery = post_delivery(tx, order, customer, outs, on=on, acknowledged=acknowledged, notes=notes)
        for line, out in zip(delivered, outs):
            line.delivered_qty += out.qty
        order.refresh_state()
        order.version += 1
        update_rows(
            tx,
            SalesOrderLine.__table__,
            [{"id": line.id, "delivered_qty": line.delivered_qty} for line in dict.fromkeys(delivered)],
        )
        update_rows(tx, SalesOrder.__table__, [{"id": order.id, "state": order.state, "version": order.version}])
        return DocRef(delivery.id, delivery.number, 1, "posted")


def _delivery_amounts(
    tx: Session, line: SalesOrderLine | DeliverableLine, quantity: Decimal
) -> tuple[Decimal, Decimal]:
    if quantity == line.qty:
        return line.net, line.tax
    if line.delivered_qty > ZERO and line.cancelled_qty == ZERO and quantity == line.remaining:
        done_net, done_tax = tx.execute(
            select(func.sum(SalesDeliveryLine.net), func.sum(SalesDeliveryLine.tax)).where(
                SalesDeliveryLine.order_line_id == line.id
            )
        ).one()
        return line.net - (done_net or ZERO), line.tax - (done_tax or ZERO)
    net = money(quantity / line.unit_factor * line.unit_price * (Decimal(1) - line.discount))
    return net, money(net * line.tax_rate)


def pick_bin(tx: Session, product_id: uuid.UUID, quantity: Decimal, warehouse_id: uuid.UUID | None) -> uuid.UUID:
    """The bin to ship from: the active bin (of ``warehouse_id`` if given) holding the most of
    the product — if none holds any, the warehouse's first active bin."""
    return _BinPicker(tx, [product_id], warehouse_id).pick(product_id)


_LOC, _BAL = Location.__table__.c, StockBalance.__table__.c


def _active_bins_query(*where):
    return (
        select(_LOC.id)
        .where(_LOC.kind == LocationKind.BIN.value, _LOC.status == BinStatus.ACTIVE.value, *where)
        .order_by(_LOC.sort_order, _LOC.code)
    )


def _held_query(ids):
    return select(_BAL.product_id, _BAL.location_id, _BAL.qty).where(_BAL.product_id.in_(ids))


_ACTIVE_BINS = Prepared(_active_bins_query())
_WAREHOUSE_BINS = Prepared(_active_bins_query(_LOC.warehouse_id == bindparam("warehouse")))
_HELD = PreparedIn(_held_query, _held_query(bindparam("in0", expanding=True)), [_BAL.product_id])


class _BinPicker:
    """``pick_bin`` for several products, the active bins and the products' balances read once."""

    def __init__(self, tx: Session, product_ids, warehouse_id: uuid.UUID | None) -> None:
        if warehouse_id is None:
            rows = _ACTIVE_BINS.rows(tx)
        else:
            rows = _WAREHOUSE_BINS.rows(tx, {"warehouse": warehouse_id})
        self.bins = [row[0] for row in rows]
        position = {bin_id: n for n, bin_id in enumerate(self.bins)}
        self.held: dict[uuid.UUID, dict[uuid.UUID, Decimal]] = {}
        ids = list(dict.fromkeys(product_ids))
        for product_id, location_id, qty in _HELD.rows(tx, ids) if ids and self.bins else ():
            if location_id in position:
                self.held.setdefault(product_id, {})[location_id] = qty

    def pick(self, product_id: uuid.UUID) -> uuid.UUID:
        if not self.bins:
            raise ValidationError(tr("Choose a warehouse with an active bin to deliver from."), field="warehouse")
        held = self.held.get(product_id, {})
        best, most = self.bins[0], held.get(self.bins[0], ZERO)
        for bin_id in self.bins[1:]:
            if held.get(bin_id, ZERO) > most:
                best, most = bin_id, held[bin_id]
        return best


def post_delivery(
    tx: Session,
    order: SalesOrder | DeliverableOrder,
    customer: Customer | CustomerRef,
    outs: list[_Out],
    *,
    on: date,
    acknowledged: frozenset[str],
    notes: str = "",
    exchange_id: uuid.UUID | None = None,
) -> PostedDelivery:
    """Write a posted delivery with its moves, receivable and journal entry (caller's tx). The
    document and its lines are written with ``insert_rows`` once the stock posting has valued them."""
    number = next_number(tx, "DN", on)
    ensure_period_open(tx, on)
    customer_location = virtual_location_id(tx, VirtualLocation.CUSTOMER)
    delivery_id = uuid7()
    line_ids = [uuid7() for _ in outs]
    bundles = bundle_components(tx, {out.product_id for out in outs})
    specs: list[MoveSpec] = []
    owners: list[int] = []  # the delivery line (index into ``outs``) of each spec
    for seq, (out, line_id) in enumerate(zip(outs, line_ids), start=1):
        if out.product_id in bundles:  # 套装: the components leave the bin, the line shows the kit
            chosen = component_lots(
                tx,
                bundles,
                out.product_id,
                out.qty,
                _by_component(out.component_lots, out.lots),
                line=seq,
                source=out.location_id,
            )
            parts = issue_specs(
                bundles, out.product_id, out.qty, out.location_id, customer_location, line_id, chosen, seq
            )
            specs.extend(parts)
            owners.extend([seq - 1] * len(parts))
            continue
        specs.append(
            MoveSpec(
                out.product_id,
                out.location_id,
                customer_location,
                out.qty,
                doc_line_id=line_id,
                lots=named_parts(tx, out.product_id, out.lots, line=seq) if out.lots else (),
            )
        )
        owners.append(seq - 1)
    moves: Sequence[Any] = post_moves(  # a bundle line's moves come back summed per line (``per_line``)
        tx, specs, doc_type="DN", doc_id=delivery_id, doc_number=number, on=on, acknowledged=acknowledged
    )
    if bundles:
        moves = per_line(moves, owners, len(outs))
    rows = [
        {
            "id": line_id,
            "delivery_id": delivery_id,
            "seq": seq,
            "order_line_id": out.order_line.id if out.order_line else None,
            "product_id": out.product_id,
            "location_id": out.location_id,
            "qty": out.qty,
            "unit_price": out.unit_price,
            "discount": out.discount,
            "tax_rate": out.tax_rate,
            "net": out.net,
            "tax": out.tax,
            "gross": out.net + out.tax,
            "cost": move.value,
            "returned_qty": ZERO,
            "returned_net": ZERO,
            "returned_tax": ZERO,
            "returned_cost": ZERO,
            **(out.entered.columns() if out.entered else {}),
        }
        for seq, (out, line_id, move) in enumerate(zip(outs, line_ids, moves))
    ]
    net_total = sum((out.net for out in outs), ZERO)
    tax_total = sum((out.tax for out in outs), ZERO)
    cost_total = sum((move.value for _out, move in zip(outs, moves)), ZERO)
    delivery = PostedDelivery(delivery_id, number, net_total + tax_total, cost_total)
    header = {
        "id": delivery_id,
        "number": number,
        "order_id": order.id,
        "customer_id": customer.id,
        "on": on,
        "state": "posted",
        "exchange_id": exchange_id,
        "notes": notes,
        "version": 1,
        "net_total": net_total,
        "tax_total": tax_total,
        "gross_total": delivery.gross_total,
        "cost_total": delivery.cost_total,
    }
    insert_rows(tx, SalesDelivery.__table__, [header])  # posted as created: written, not tracked
    insert_rows(tx, SalesDeliveryLine.__table__, rows)
    raise_open_item(
        tx,
        kind="receivable",
        party_id=customer.id,
        doc_type="DN",
        doc_id=delivery.id,
        doc_number=delivery.number,
        on=on,
        amount=delivery.gross_total,
        terms_days=customer.payment_terms_days,
        memo=tr("Sales delivery {number}", number=delivery.number),
    )
    entry = Posting(
        on,
        doc_type="DN",
        doc_id=delivery.id,
        doc_number=delivery.number,
        memo=tr("Sales delivery {number} · {customer}", number=delivery.number, customer=customer.name),
    )
    entry.debit(Accounts.RECEIVABLE, delivery.gross_total, party_kind="customer", party_id=customer.id)
    entry.credit(Accounts.REVENUE, net_total)
    for tax_rate, amount in _tax_by_rate((r["tax_rate"], r["tax"]) for r in rows):
        entry.credit(Accounts.OUTPUT_VAT, amount, memo=tr("Output VAT {rate}%", rate=_percent(tax_rate)))
    entry.debit(Accounts.COGS, delivery.cost_total)
    entry.credit(Accounts.INVENTORY, delivery.cost_total)
    entry.post(tx)
    return delivery


def _order_line(tx: Session, line_id: uuid.UUID) -> SalesOrderLine:
    """The order line a delivery line was delivered against (its foreign key: always there)."""
    line = tx.get(SalesOrderLine, line_id)
    if line is None:
        raise NotFound(tr("Sales order not found."))
    return line


# --- returns ------------------------------------------------------------------------------
def return_delivery(
    uow: UnitOfWork,
    delivery_id: uuid.UUID,
    *,
    lines: Sequence[ReturnLineInput],
    on: date | None = None,
    reason: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> DocRef:
    """Post a return against a delivery. Raises NotFound, ValidationError (more than delivered
    minus already returned), PeriodClosed. Nothing is written on error."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        delivery = _get_delivery(tx, delivery_id)
        sales_return = post_return(tx, delivery, lines, on=on, reason=reason, acknowledged=acknowledged)
        return DocRef(sales_return.id, sales_return.number, sales_return.version, sales_return.state)


def post_return(
    tx: Session,
    delivery: SalesDelivery,
    lines: Sequence[ReturnLineInput],
    *,
    on: date,
    reason: str,
    acknowledged: frozenset[str],
    exchange_id: uuid.UUID | None = None,
) -> SalesReturn:
    if not lines:
        raise ValidationError(tr("Enter what comes back."), field="lines")
    if on < delivery.on:
        raise ValidationError(
            tr("A return cannot be dated before its delivery ({date}).", date=delivery.on.isoformat()), field="on"
        )
    by_id = {line.id: line for line in delivery.lines}
    customer = get_customer(tx, delivery.customer_id)
    sales_return = SalesReturn(
        id=uuid7(),
        number=next_number(tx, "SR", on),
        delivery_id=delivery.id,
        order_id=delivery.order_id,
        customer_id=customer.id,
        on=on,
        state="posted",
        exchange_id=exchange_id,
        reason=reason,
        version=1,
    )
    tx.add(sales_return)
    customer_location = virtual_location_id(tx, VirtualLocation.CUSTOMER)
    rows: list[SalesReturnLine] = []
    specs: list[MoveSpec] = []
    for seq, entered in enumerate(lines):
        source = by_id.get(entered.delivery_line_id)
        if source is None:
            raise ValidationError(tr("That line is not on delivery {number}.", number=delivery.number), field="lines")
        quantity = check_qty(entered.qty)
        if entered.unit:
            shown = entered_qty(tx, source.product_id, quantity, entered.unit, line=seq + 1)
            quantity, price = shown.qty, repriced(source.unit_price, source.unit_factor, shown.factor)
        else:
            shown, price = carried_unit(quantity, source.unit, source.unit_factor, source.unit_price)
        returnable = source.qty - source.returned_qty
        if quantity > returnable:
            raise ValidationError(
                tr(
                    "Returning {qty} of {code} exceeds what can come back from {number}: delivered {delivered}, already returned {returned}.",
                    qty=quantity,
                    code=_code(tx, source.product_id),
                    number=delivery.number,
                    delivered=source.qty,
                    returned=source.returned_qty,
                ),
                field="qty",
            )
        if quantity == returnable:  # the rest of the line: take the rest of every amount, exactly
            net, tax, cost = (
                source.net - source.returned_net,
                source.tax - source.returned_tax,
                source.cost - source.returned_cost,
            )
        else:
            share = quantity / source.qty
            net, tax, cost = money(source.net * share), money(source.tax * share), money(source.cost * share)
        source.returned_qty += quantity
        source.returned_net += net
        source.returned_tax += tax
        source.returned_cost += cost
        row = SalesReturnLine(
            id=uuid7(),
            return_id=sales_return.id,
            seq=seq,
            delivery_line_id=source.id,
            product_id=source.product_id,
            location_id=entered.location_id or source.location_id,
            qty=quantity,
            unit_price=price,
            discount=source.discount,
            tax_rate=source.tax_rate,
            net=net,
            tax=tax,
            gross=net + tax,
            cost=cost,
            **shown.columns(),
        )
        rows.append(row)
        earlier = list(tx.scalars(select(SalesReturnLine.id).where(SalesReturnLine.delivery_line_id == source.id)))
        bundle = components_back(
            tx,
            out_doc_type="DN",
            back_doc_type="SR",
            line_id=source.id,
            line_product_id=source.product_id,
            line_qty=source.qty,
            earlier=earlier,
            quantity=quantity,
            cost=cost,
            last=quantity == returnable,
        )
        if bundle:  # 套装: its components come back, at their share of the line's cost, with their lots
            asked = _by_component(entered.component_lots, ())
            specs.extend(
                MoveSpec(
                    component,
                    customer_location,
                    row.location_id,
                    back_qty,
                    value=back_value,
                    doc_line_id=row.id,
                    lots=returning_parts(
                        tx, component, source.id, earlier, back_qty, tuple(asked.get(component, ())), line=seq + 1
                    ),
                    line=seq + 1,
                )
                for component, back_qty, back_value in bundle
            )
            if source.order_line_id is not None:
                order_line = _order_line(tx, source.order_line_id)
                order_line.returned_qty += quantity
                if exchange_id is not None:
                    order_line.exchanged_qty += quantity
            continue
        lots = returning_parts(tx, source.product_id, source.id, earlier, quantity, tuple(entered.lots), line=seq + 1)
        specs.append(
            MoveSpec(
                source.product_id,
                customer_location,
                row.location_id,
                quantity,
                value=cost,
                doc_line_id=row.id,
                lots=lots,
            )
        )
        if source.order_line_id is not None:
            order_line = _order_line(tx, source.order_line_id)
            order_line.returned_qty += quantity
            if exchange_id is not None:
                order_line.exchanged_qty += quantity
    post_moves(
        tx,
        specs,
        doc_type="SR",
        doc_id=sales_return.id,
        doc_number=sales_return.number,
        on=on,
        acknowledged=acknowledged,
    )
    tx.add_all(rows)
    sales_return.net_total = sum((r.net for r in rows), ZERO)
    sales_return.tax_total = sum((r.tax for r in rows), ZERO)
    sales_return.gross_total = sales_return.net_total + sales_return.tax_total
    sales_return.cost_total = sum((r.cost for r in rows), ZERO)
    raise_open_item(
        tx,
        kind="receivable",
        party_id=customer.id,
        doc_type="SR",
        doc_id=sales_return.id,
        doc_number=sales_return.number,
        on=on,
        amount=-sales_return.gross_total,
        terms_days=0,
        memo=tr("Sales return {number} against {delivery}", number=sales_return.number, delivery=delivery.number),
    )
    entry = Posting(
        on,
        doc_type="SR",
        doc_id=sales_return.id,
        doc_number=sales_return.number,
        memo=tr("Sales return {number} against {delivery}", number=sales_return.number, delivery=delivery.number),
    )
    entry.debit(Accounts.REVENUE, sales_return.net_total)
    for tax_rate, amount in _tax_by_rate((r.tax_rate, r.tax) for r in rows):
        entry.debit(Accounts.OUTPUT_VAT, amount, memo=tr("Output VAT {rate}%", rate=_percent(tax_rate)))
    entry.credit(Accounts.RECEIVABLE, sales_return.gross_total, party_kind="customer", party_id=customer.id)
    entry.debit(Accounts.INVENTORY, sales_return.cost_total)
    entry.credit(Accounts.COGS, sales_return.cost_total)
    entry.post(tx)
    return sales_return


# --- 红冲 (reversal of a posted delivery, for 改单) -----------------------------------------
REVERSED = "reversed"  # a delivery's state once reversed
REVERSAL = "reversal"  # the state of the return that reverses it


def reverse_delivery(
    uow: UnitOfWork,
    delivery_id: uuid.UUID,
    *,
    on: date | None = None,
    acknowledged: frozenset[str] = frozenset(),
) -> DocRef:
    """红冲 a posted delivery (改单): in ONE transaction post its mirror image — a return of
    everything not yet returned, in state ``reversal``, against the delivery (stock back at the
    original cost, the receivable credited, the entry reversed) — mark the delivery ``reversed``
    and give the order its quantities back, so the corrected copy can be delivered again. The
    pair is linked both ways: the reversal's ``delivery_id`` and the delivery's state, listed by
    ``delivery_reversals``. Raises InvalidTransition (already reversed, part of an exchange,
    everything already returned, order closed or cancelled), PeriodClosed, NotFound."""
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        delivery = _get_delivery(tx, delivery_id)
        if delivery.state == REVERSED:
            raise InvalidTransition(tr("Delivery {number} has already been reversed.", number=delivery.number))
        if delivery.exchange_id is not None:
            raise InvalidTransition(
                tr(
                    "Delivery {number} is part of an exchange; return the goods instead of reversing it.",
                    number=delivery.number,
                )
            )
        order = tx.get(SalesOrder, delivery.order_id)
        if order is None or order.state not in ("confirmed", "partly_delivered", "delivered"):
            raise InvalidTransition(
                tr("The order of delivery {number} is closed; it cannot be reversed.", number=delivery.number)
            )
        lines = [
            ReturnLineInput(line.id, line.qty - line.returned_qty, line.location_id)
            for line in delivery.lines
            if line.qty > line.returned_qty
        ]
        if not lines:
            raise InvalidTransition(
                tr("Everything on delivery {number} has come back already.", number=delivery.number)
            )
        when = on or max(date.today(), delivery.on)
        reversal = post_return(
            tx,
            delivery,
            lines,
            on=when,
            reason=tr("红冲 {number}", number=delivery.number),
            acknowledged=acknowledged,
        )
        reversal.state = REVERSAL
        delivery.state = REVERSED
        delivery.version += 1
        by_id = {line.id: line for line in delivery.lines}
        for entered in lines:
            source = by_id[entered.delivery_line_id]
            if source.order_line_id is not None:
                order_line = _order_line(tx, source.order_line_id)
                order_line.returned_qty -= entered.qty  # not a return: the delivery is undone
                order_line.delivered_qty -= entered.qty
        remaining = sum((line.remaining for line in order.lines), ZERO)
        delivered = sum((line.delivered_qty for line in order.lines), ZERO)
        order.state = "delivered" if remaining <= ZERO else "partly_delivered" if delivered > ZERO else "confirmed"
        order.version += 1
        return DocRef(reversal.id, reversal.number, reversal.version, reversal.state)


def delivery_reversals(uow: UnitOfWork, order_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """The 红冲 pairs of an order: delivery id → the number of its reversal, and reversal id →
    the number of the delivery it reverses."""
    with uow.read() as tx:
        pairs: dict[uuid.UUID, str] = {}
        rows = tx.execute(
            select(SalesReturn.id, SalesReturn.number, SalesDelivery.id, SalesDelivery.number)
            .join(SalesDelivery, SalesDelivery.id == SalesReturn.delivery_id)
            .where(SalesReturn.order_id == order_id, SalesReturn.state == REVERSAL)
        )
        for return_id, return_number, delivery_id, delivery_number in rows:
            pairs[delivery_id] = return_number
            pairs[return_id] = delivery_number
        return pairs


# --- exchanges ----------------------------------------------------------------------------
def exchange_items(
    uow: UnitOfWork,
    delivery_id: uuid.UUID,
    *,
    returned: Sequence[ReturnLineInput],
    out: Sequence[ExchangeOutInput],
    on: date | None = None,
    reason: str = "",
    warehouse_id: uuid.UUID | None = None,
    acknowledged: frozenset[str] = frozenset(),
) -> ExchangeRef:
    """换货 in one transaction: take ``returned`` back against the delivery and deliver ``out``
    (replacement goods) on the same order. The order line's ``exchanged_qty`` grows by what came
    back; the replacement is not counted as delivery of the order. The receivable moves by the
    difference (return credit + replacement debit)."""
    on = on or date.today()
    with uow.write() as tx:
        require(tx, Perm.SELL)
        require(tx, Perm.POST)
        delivery = _get_delivery(tx, delivery_id)
        if not out:
            raise ValidationError(tr("Enter what goes out in exchange."), field="out")
        order = get_order(tx, delivery.order_id)
        customer = get_customer(tx, delivery.customer_id)
        exchange_id = uuid7()
        sales_return = post_return(
            tx, delivery, returned, on=on, reason=reason, acknowledged=acknowledged, exchange_id=exchange_id
        )
        back_ids = {entered.delivery_line_id for entered in returned}
        same_product_price = {
            line.product_id: (repriced(line.unit_price, line.unit_factor, Decimal(1)), line.discount)
            for line in delivery.lines
            if line.id in back_ids
        }
        outs: list[_Out] = []
        for entered in out:
            known = same_product_price.get(entered.product_id)
            priced = price_line(
                tx,
                customer,
                LineInput(
                    entered.product_id,
                    entered.qty,
                    entered.unit_price,
                    entered.discount if entered.discount is not None else (known[1] if known else ZERO),
                    unit=entered.unit,
                ),
                on,
                default_price=known[0] if known else None,
            )
            where = entered.location_id or pick_bin(tx, entered.product_id, priced.qty, warehouse_id)
            outs.append(
                _Out(
                    None,
                    priced.product.id,
                    where,
                    priced.qty,
                    priced.unit_price,
                    priced.discount,
                    priced.tax_rate,
                    priced.net,
                    priced.tax,
                    entered=priced.entered,
                )
            )
        delivery_out = post_delivery(
            tx,
            order,
            customer,
            outs,
            on=on,
            acknowledged=acknowledged,
            exchange_id=exchange_id,
            notes=tr("Exchange against {number}", number=delivery.number),
        )
        exchange = SalesExchange(
            id=exchange_id,
            number=next_number(tx, "SX", on),
            order_id=order.id,
            customer_id=customer.id,
            on=on,
            return_id=sales_return.id,
            delivery_id=delivery_out.id,
            reason=reason,
            difference=delivery_out.gross_total - sales_return.gross_total,
        )
        tx.add(exchange)
        order.version += 1
        return ExchangeRef(
            exchange.id,
            exchange.number,
            DocRef(sales_return.id, sales_return.number, 1, "posted"),
            DocRef(delivery_out.id, delivery_out.number, 1, "posted"),
            exchange.difference,
        )


# --- helpers ------------------------------------------------------------------------------
def _by_component(
    pairs: Sequence[tuple[uuid.UUID, Sequence[LotInput]]], plain: Sequence[LotInput]
) -> dict[uuid.UUID, list[LotInput]]:
    """A bundle line's lots by component. ``plain`` (lots typed for the kit itself) is refused:
    a bundle never moves the kit, only its components."""
    out: dict[uuid.UUID, list[LotInput]] = {}
    for component, lots in pairs:
        out.setdefault(component, []).extend(lots)
    if plain:
        raise ValidationError(
            tr("A bundle (套装) takes the lots and serials of its components, not of the kit itself."), field="lot"
        )
    return out


def _get_delivery(tx: Session, delivery_id: uuid.UUID) -> SalesDelivery:
    """The delivery, row-locked and freshly read so two returns against it serialise; its order
    is locked first (the lock order in SYNC.md), as a return also changes the order's lines."""
    order_id = tx.scalar(select(SalesDelivery.order_id).where(SalesDelivery.id == delivery_id))
    if order_id is not None:
        lock_row(tx, SalesOrder, order_id)
    delivery = lock_row(tx, SalesDelivery, delivery_id)
    if delivery is None:
        raise NotFound(tr("Delivery not found."))
    return delivery


def _tax_by_rate(pairs) -> list[tuple[Decimal, Decimal]]:
    """Tax per rate from (rate, tax) pairs, highest rate first."""
    totals: dict[Decimal, Decimal] = {}
    for rate, tax in pairs:
        totals[rate] = totals.get(rate, ZERO) + tax
    return sorted(totals.items(), reverse=True)


def _percent(value: Decimal) -> str:
    return f"{(value * 100).normalize():f}"


def _code(tx: Session, product_id: uuid.UUID) -> str:
    from erp_desktop.models.catalog import Product

    product = tx.get(Product, product_id)
    return product.code if product else "?"
