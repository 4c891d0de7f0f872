"""Receipts (采购入库 PR) and returns to supplier (采购退货 PT): each posts in ONE transaction its
stock moves (re-averaging cost at the net amount), its payable and a balanced journal entry.

Receipt:  Dr 1405 库存商品 net / Dr 22210101 进项税额 tax / Cr 2202 应付账款 gross (supplier).
Return:   Dr 2202 gross / Cr 1405 stock value taken out / Cr 22210101 tax; should the stock value
          taken out differ from the returned net (other receipts since re-averaged the whole
          remaining stock away), the difference goes to 5401 主营业务成本.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from erp_desktop.services.ledger.journal import Accounts, Posting, ensure_period_open, raise_open_item
from erp_desktop.services.ledger.lots import LotInput, lot_parts, returning_parts
from erp_desktop.services.ledger.numbering import next_number
from erp_desktop.services.ledger.stock import MoveSpec, post_moves, virtual_location_id
from erp_desktop.services.masterdata.units import carried_unit, entered_qty, repriced
from erp_desktop.services.system import audit
from erp_desktop.services.system.auth import Perm, require
from erp_desktop.storage.locks import lock_row
from erp_desktop.storage.uow import UnitOfWork, actor_of

from ...errors import InvalidTransition, NotFound, ValidationError
from ...i18n import tr
from ...models.base import uuid7
from ...models.catalog import Product
from ...models.parties import Supplier
from ...models.purchasing import (
    RECEIPT_DOC_TYPE,
    RETURN_DOC_TYPE,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseReceipt,
    PurchaseReceiptLine,
    PurchaseReturn,
    PurchaseReturnLine,
)
from ...models.warehouse import Location, LocationKind, VirtualLocation
from ...money import ZERO, money
from .common import check_qty, get_order, line_amounts, tolerance_tx


@dataclass(frozen=True)
class ReceiveLineInput:
    order_line_id: uuid.UUID
    qty: Decimal  # in ``unit`` ("" = the base unit)
    lots: tuple[LotInput, ...] = ()  # lot- or serial-tracked products: what came in, adding up to qty
    unit: str = ""  # 多单位


@dataclass(frozen=True)
class ReturnLineInput:
    receipt_line_id: uuid.UUID
    qty: Decimal  # in ``unit`` ("" = the base unit)
    lots: tuple[LotInput, ...] = ()  # default: the lots that line brought in
    unit: str = ""  # 多单位


@dataclass(frozen=True)
class PostedRef:
    id: uuid.UUID
    number: str
    net_total: Decimal
    tax_total: Decimal
    gross_total: Decimal
    order_state: str


def _require_stock_role(tx: Session) -> None:
    actor = actor_of(tx)
    if not (actor.can(Perm.STOCK) or actor.can(Perm.BUY)):
        require(tx, Perm.STOCK)
    require(tx, Perm.POST)


def receive_order(
    uow: UnitOfWork,
    order_id: uuid.UUID,
    *,
    on: date,
    location_id: uuid.UUID,
    lines: list[ReceiveLineInput] | None = None,
    note: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> PostedRef:
    """Receive (part of) a confirmed order into a bin: stock in at net value, payable, journal.
    ``lines`` None receives everything outstanding. Raises InvalidTransition, ValidationError
    (over-receipt, frozen bin), PeriodClosed, ConfirmationRequired ("bin-capacity")."""
    with uow.write() as tx:
        _require_stock_role(tx)
        order = get_order(tx, order_id)
        order.ensure_receivable()
        ensure_period_open(tx, on)
        if on < order.on:
            raise ValidationError(
                tr("A receipt cannot be dated before its order ({date}).", date=order.on.isoformat()), field="on"
            )
        location = tx.get(Location, location_id) if location_id else None
        if location is None or location.kind != LocationKind.BIN.value:
            raise ValidationError(tr("Choose the warehouse bin to receive into."), field="location")
        by_id = {line.id: line for line in order.lines}
        if lines is None:
            lines = [
                ReceiveLineInput(l.id, l.qty - (l.received_qty - l.returned_qty))
                for l in order.lines
                if l.qty - (l.received_qty - l.returned_qty) > ZERO
            ]
        lines = [l for l in lines if l.qty != ZERO]
        if not lines:
            raise ValidationError(tr("Nothing to receive: enter a quantity on at least one line."), field="qty")
        tolerance = tolerance_tx(tx)
        receipt = PurchaseReceipt(
            id=uuid7(),
            number=next_number(tx, RECEIPT_DOC_TYPE, on),
            on=on,
            order_id=order.id,
            supplier_id=order.supplier_id,
            warehouse_id=location.warehouse_id,
            location_id=location.id,
            user_name=actor_of(tx).username,
            note=note,
        )
        tx.add(receipt)
        supplier_loc = virtual_location_id(tx, VirtualLocation.SUPPLIER)
        moves = []
        for seq, spec in enumerate(lines, start=1):
            line: PurchaseOrderLine | None = by_id.get(spec.order_line_id)
            if line is None:
                raise ValidationError(tr("That line is not on order {number}.", number=order.number), field="line")
            quantity = check_qty(spec.qty)
            if spec.unit:
                shown = entered_qty(tx, line.product_id, quantity, spec.unit, line=seq)
                quantity, price = shown.qty, repriced(line.price, line.unit_factor, shown.factor)
            else:
                shown, price = carried_unit(quantity, line.unit, line.unit_factor, line.price)
            kept = line.received_qty - line.returned_qty
            limit = line.qty * (1 + tolerance)
            if kept + quantity > limit:
                product = tx.get_one(Product, line.product_id)
                raise ValidationError(
                    tr(
                        "Receiving {qty} of {code} {name} exceeds the order: ordered {ordered}, received {received}, tolerance {tolerance}%.",
                        qty=quantity,
                        code=product.code,
                        name=product.name,
                        ordered=line.qty,
                        received=kept,
                        tolerance=(tolerance * 100).normalize(),
                    ),
                    field="qty",
                )
            amounts = line_amounts(quantity / line.unit_factor, line.price, line.tax_rate)  # exact per 多单位
            receipt_line = PurchaseReceiptLine(
                id=uuid7(),
                order_line_id=line.id,
                seq=seq,
                product_id=line.product_id,
                qty=quantity,
                price=price,
                **shown.columns(),
                tax_rate=line.tax_rate,
                net=amounts.net,
                tax=amounts.tax,
                gross=amounts.gross,
            )
            receipt.lines.append(receipt_line)
            line.received_qty += quantity
            lots: tuple[tuple[uuid.UUID, Decimal], ...] = ()
            if spec.lots:
                lots = lot_parts(
                    tx,
                    line.product_id,
                    spec.lots,
                    qty=quantity,
                    line=seq,
                    supplier_id=order.supplier_id,
                    doc_type=RECEIPT_DOC_TYPE,
                    doc_id=receipt.id,
                    doc_number=receipt.number,
                    on=on,
                )
            moves.append(
                MoveSpec(
                    line.product_id,
                    supplier_loc,
                    location.id,
                    quantity,
                    value=amounts.net,
                    doc_line_id=receipt_line.id,
                    lots=lots,
                )
            )
        receipt.net_total = sum((l.net for l in receipt.lines), ZERO)
        receipt.tax_total = sum((l.tax for l in receipt.lines), ZERO)
        receipt.gross_total = sum((l.gross for l in receipt.lines), ZERO)
        written = post_moves(
            tx,
            moves,
            doc_type=RECEIPT_DOC_TYPE,
            doc_id=receipt.id,
            doc_number=receipt.number,
            on=on,
            acknowledged=acknowledged,
        )
        stock_value = sum((m.value for m in written), ZERO)
        supplier = tx.get_one(Supplier, order.supplier_id)
        raise_open_item(
            tx,
            kind="payable",
            party_id=supplier.id,
            doc_type=RECEIPT_DOC_TYPE,
            doc_id=receipt.id,
            doc_number=receipt.number,
            on=on,
            amount=receipt.gross_total,
            terms_days=supplier.payment_terms_days,
            memo=order.number,
        )
        posting = Posting(
            on,
            doc_type=RECEIPT_DOC_TYPE,
            doc_id=receipt.id,
            doc_number=receipt.number,
            memo=tr("Purchase receipt {number} ({order})", number=receipt.number, order=order.number),
        )
        posting.debit(Accounts.INVENTORY, stock_value)
        posting.debit(Accounts.INPUT_VAT, receipt.tax_total)
        posting.debit(Accounts.COGS, receipt.net_total - stock_value)
        posting.credit(Accounts.PAYABLE, receipt.gross_total, party_kind="supplier", party_id=supplier.id)
        posting.post(tx)
        order.refresh_receipt_state()
        audit.record(
            tx, "post", "purchase_receipt", receipt.id, summary=f"{receipt.number} {order.number} {receipt.gross_total}"
        )
        return PostedRef(
            receipt.id, receipt.number, receipt.net_total, receipt.tax_total, receipt.gross_total, order.state
        )


def return_to_supplier(
    uow: UnitOfWork,
    receipt_id: uuid.UUID,
    *,
    on: date,
    lines: list[ReturnLineInput],
    reason: str = "",
    acknowledged: frozenset[str] = frozenset(),
) -> PostedRef:
    """Return goods of a receipt: stock leaves the receipt's bin at the cost it came in, the payable
    is reduced (a negative payable item), the journal reversed. Raises ValidationError (more than
    received minus returned), InsufficientStock, PeriodClosed."""
    with uow.write() as tx:
        _require_stock_role(tx)
        document, _receipt, order = _post_return(
            tx, receipt_id, on=on, lines=lines, reason=reason, acknowledged=acknowledged
        )
        return PostedRef(
            document.id, document.number, document.net_total, document.tax_total, document.gross_total, order.state
        )


REVERSED = "reversed"  # a receipt's state once reversed (红冲)
REVERSAL = "reversal"  # the state of the return that reverses it


def reverse_receipt(
    uow: UnitOfWork,
    receipt_id: uuid.UUID,
    *,
    on: date | None = None,
    acknowledged: frozenset[str] = frozenset(),
) -> PostedRef:
    """红冲 a posted purchase receipt (改单): in ONE transaction post its mirror image — a return
    to the supplier of everything not yet returned, in state ``reversal``, against the receipt
    (stock out of the receipt's bin at the cost it came in, the payable reduced, the entry
    reversed) — mark the receipt ``reversed`` and give the order its quantities back (not a
    return: the receipt is undone), so the corrected copy can be received again. The pair is
    linked both ways: the reversal's ``receipt_id`` and the receipt's state, listed by
    ``receipt_reversals``. Raises InvalidTransition (already reversed, a reversal itself,
    everything returned already, order closed or cancelled), InsufficientStock (the goods have
    gone meanwhile), PeriodClosed, NotFound."""
    with uow.write() as tx:
        _require_stock_role(tx)
        head = tx.execute(
            select(PurchaseReceipt.order_id, PurchaseReceipt.number, PurchaseReceipt.state, PurchaseReceipt.on).where(
                PurchaseReceipt.id == receipt_id
            )
        ).first()
        if head is None:
            raise NotFound(tr("The purchase receipt no longer exists."))
        order_id, number, state, received_on = head
        if state == REVERSED:
            raise InvalidTransition(tr("Receipt {number} has already been reversed.", number=number))
        order = tx.get(PurchaseOrder, order_id)
        if order is None or order.state not in ("confirmed", "partly_received", "received"):
            raise InvalidTransition(
                tr("The order of receipt {number} is closed; it cannot be reversed.", number=number)
            )
        receipt_lines = tx.scalars(
            select(PurchaseReceiptLine).where(PurchaseReceiptLine.receipt_id == receipt_id)
        ).all()
        lines = [ReturnLineInput(l.id, l.qty - l.returned_qty) for l in receipt_lines if l.qty > l.returned_qty]
        if not lines:
            raise InvalidTransition(tr("Everything on receipt {number} has gone back already.", number=number))
        when = on or max(date.today(), received_on)
        document, receipt, order = _post_return(
            tx,
            receipt_id,
            on=when,
            lines=lines,
            reason=tr("红冲 {number}", number=number),
            acknowledged=acknowledged,
        )
        document.state = REVERSAL
        receipt.state = REVERSED
        by_id = {line.id: line for line in receipt.lines}
        for entered in lines:
            order_line = tx.get_one(PurchaseOrderLine, by_id[entered.receipt_line_id].order_line_id)
            order_line.returned_qty -= entered.qty  # not a return: the receipt is undone
            order_line.received_qty -= entered.qty
        order.refresh_receipt_state()
        order.version += 1
        audit.record(tx, "reverse", "purchase_receipt", receipt.id, summary=f"{receipt.number} → {document.number}")
        return PostedRef(
            document.id, document.number, document.net_total, document.tax_total, document.gross_total, order.state
        )


def receipt_reversals(uow: UnitOfWork, order_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """The 红冲 pairs of an order's receipts: receipt id → the number of its reversal, and
    reversal id → the number of the receipt it reverses."""
    with uow.read() as tx:
        pairs: dict[uuid.UUID, str] = {}
        rows = tx.execute(
            select(PurchaseReturn.id, PurchaseReturn.number, PurchaseReceipt.id, PurchaseReceipt.number)
            .join(PurchaseReceipt, PurchaseReceipt.id == PurchaseReturn.receipt_id)
            .where(PurchaseReturn.order_id == order_id, PurchaseReturn.state == REVERSAL)
        )
        for return_id, return_number, receipt_id, receipt_number in rows:
            pairs[receipt_id] = return_number
            pairs[return_id] = receipt_number
        return pairs


def _post_return(
    tx: Session,
    receipt_id: uuid.UUID,
    *,
    on: date,
    lines: list[ReturnLineInput],
    reason: str,
    acknowledged: frozenset[str],
) -> tuple[PurchaseReturn, PurchaseReceipt, PurchaseOrder]:
    """Post a return of ``lines`` of a receipt in ``tx`` (see ``return_to_supplier``)."""
    order_id = tx.scalar(select(PurchaseReceipt.order_id).where(PurchaseReceipt.id == receipt_id))
    order = get_order(tx, order_id) if order_id is not None else None  # the order first, then
    receipt = lock_row(tx, PurchaseReceipt, receipt_id)  # the receipt: the lock order in SYNC.md
    if receipt is None or order is None:
        raise NotFound(tr("The purchase receipt no longer exists."))
    ensure_period_open(tx, on)
    if on < receipt.on:
        raise ValidationError(
            tr("A return cannot be dated before its receipt ({date}).", date=receipt.on.isoformat()), field="on"
        )
    lines = [l for l in lines if l.qty != ZERO]
    if not lines:
        raise ValidationError(tr("Nothing to return: enter a quantity on at least one line."), field="qty")
    by_id = {line.id: line for line in receipt.lines}
    document = PurchaseReturn(
        id=uuid7(),
        number=next_number(tx, RETURN_DOC_TYPE, on),
        on=on,
        receipt_id=receipt.id,
        order_id=order.id,
        supplier_id=receipt.supplier_id,
        reason=reason.strip(),
        user_name=actor_of(tx).username,
    )
    tx.add(document)
    supplier_loc = virtual_location_id(tx, VirtualLocation.SUPPLIER)
    pending: list[tuple[PurchaseReturnLine, MoveSpec]] = []
    for seq, spec in enumerate(lines, start=1):
        line: PurchaseReceiptLine | None = by_id.get(spec.receipt_line_id)
        if line is None:
            raise ValidationError(tr("That line is not on receipt {number}.", number=receipt.number), field="line")
        quantity = check_qty(spec.qty)
        if spec.unit:
            shown = entered_qty(tx, line.product_id, quantity, spec.unit, line=seq)
            quantity = shown.qty
        else:
            shown, _price = carried_unit(quantity, line.unit, line.unit_factor, line.price)
        returnable = line.qty - line.returned_qty
        if quantity > returnable:
            product = tx.get_one(Product, line.product_id)
            raise ValidationError(
                tr(
                    "Cannot return {qty} of {code} {name}: received {received}, already returned {returned}.",
                    qty=quantity,
                    code=product.code,
                    name=product.name,
                    received=line.qty,
                    returned=line.returned_qty,
                ),
                field="qty",
            )
        if quantity == returnable:  # the rest of the line: exactly what is left, no rounding residue
            net, tax = line.net - line.returned_net, line.tax - line.returned_tax
        else:
            net, tax = money(line.net * quantity / line.qty), money(line.tax * quantity / line.qty)
        line.returned_qty += quantity
        line.returned_net += net
        line.returned_tax += tax
        order_line = tx.get_one(PurchaseOrderLine, line.order_line_id)
        order_line.returned_qty += quantity
        return_line = PurchaseReturnLine(
            id=uuid7(),
            receipt_line_id=line.id,
            seq=seq,
            product_id=line.product_id,
            qty=quantity,
            net=net,
            tax=tax,
            gross=net + tax,
            cost=ZERO,
            **shown.columns(),
        )
        document.lines.append(return_line)
        earlier = list(tx.scalars(select(PurchaseReturnLine.id).where(PurchaseReturnLine.receipt_line_id == line.id)))
        lots = returning_parts(tx, line.product_id, line.id, earlier, quantity, spec.lots, line=seq)
        pending.append(
            (
                return_line,
                MoveSpec(
                    line.product_id,
                    receipt.location_id,
                    supplier_loc,
                    quantity,
                    value=net,
                    doc_line_id=return_line.id,
                    lots=lots,
                ),
            )
        )
    written = post_moves(
        tx,
        [m for _, m in pending],
        doc_type=RETURN_DOC_TYPE,
        doc_id=document.id,
        doc_number=document.number,
        on=on,
        acknowledged=acknowledged,
    )
    for (return_line, _), move in zip(pending, written):
        return_line.cost = move.value
    document.net_total = sum((l.net for l in document.lines), ZERO)
    document.tax_total = sum((l.tax for l in document.lines), ZERO)
    document.gross_total = sum((l.gross for l in document.lines), ZERO)
    document.cost_total = sum((l.cost for l in document.lines), ZERO)
    supplier = tx.get_one(Supplier, receipt.supplier_id)
    raise_open_item(
        tx,
        kind="payable",
        party_id=supplier.id,
        doc_type=RETURN_DOC_TYPE,
        doc_id=document.id,
        doc_number=document.number,
        on=on,
        amount=-document.gross_total,
        memo=receipt.number,
    )
    posting = Posting(
        on,
        doc_type=RETURN_DOC_TYPE,
        doc_id=document.id,
        doc_number=document.number,
        memo=tr("Return to supplier {number} ({receipt})", number=document.number, receipt=receipt.number),
    )
    posting.debit(Accounts.PAYABLE, document.gross_total, party_kind="supplier", party_id=supplier.id)
    posting.credit(Accounts.INVENTORY, document.cost_total)
    posting.credit(Accounts.INPUT_VAT, document.tax_total)
    posting.credit(Accounts.COGS, document.net_total - document.cost_total)
    posting.post(tx)
    order.refresh_receipt_state()
    audit.record(
        tx,
        "post",
        "purchase_return",
        document.id,
        summary=f"{document.number} {receipt.number} {document.gross_total}",
    )
    return document, receipt, order
